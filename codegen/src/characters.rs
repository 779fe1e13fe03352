//! Characters that slip into text without the writer seeing them: control
//! and invisible characters, spaces that are not spaces, typographic quotes,
//! and letters of other alphabets that look like A-Z. Each is named as the
//! Unicode standard names it, so a message can say exactly what is there.
//!
//! The tables hold what a doc writer plausibly types or pastes, not all of
//! Unicode: a full name table or confusables crate would be compiled into
//! every dependent's build, since the generator runs in its build script.

/// One character as a message shows it: `U+0415 CYRILLIC CAPITAL LETTER IE`.
pub fn named(c: char) -> String {
    match name(c) {
        Some(name) => format!("U+{:04X} {name}", c as u32),
        None => format!("U+{:04X}", c as u32),
    }
}

/// What kind of stray character `c` is, if it is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stray {
    /// Not shown at all: a control, format or zero-width character.
    Invisible,
    /// Shown as a space, but not the space bar's.
    Space,
    /// A quotation mark from a word processor, where TOML needs `"` or `'`.
    TypographicQuote,
    /// A letter or digit of another script that looks like this ASCII one.
    LooksLike(char),
}

/// Classifies `c`; `None` for an ordinary character.
pub fn stray(c: char) -> Option<Stray> {
    if let Some(ascii) = look_alike(c) {
        return Some(Stray::LooksLike(ascii));
    }
    match c {
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            Some(Stray::Space)
        }
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2018}' | '\u{2019}' | '\u{ab}' | '\u{bb}'
        | '\u{ff02}' => Some(Stray::TypographicQuote),
        c if is_invisible(c) => Some(Stray::Invisible),
        _ => None,
    }
}

/// Control characters (but tab and line feed), and the characters Unicode
/// says to show as nothing: zero-width, joiners, direction marks and
/// overrides, the byte-order mark.
pub fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// Characters that can change how the text around them is shown: controls
/// other than tab and line feed, line and paragraph separators, and
/// direction overrides, which can make a line read backwards. Zero-width
/// joiners and the like are left alone: emoji and some scripts need them.
pub fn is_disruptive(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether `text` shows anything at all: a character that is neither
/// whitespace nor invisible.
pub fn is_visible(text: &str) -> bool {
    text.chars().any(|c| !c.is_whitespace() && !is_invisible(c))
}

/// `text` with every look-alike letter and digit replaced by the ASCII one
/// it looks like.
pub fn to_ascii_look_alikes(text: &str) -> String {
    text.chars().map(|c| look_alike(c).unwrap_or(c)).collect()
}

/// The ASCII letter, digit or `_` that `c` is mistaken for.
fn look_alike(c: char) -> Option<char> {
    let code = c as u32;
    if (0xff10..=0xff19).contains(&code)
        || (0xff21..=0xff3a).contains(&code)
        || (0xff41..=0xff5a).contains(&code)
        || code == 0xff3f
    {
        // Fullwidth forms sit 0xfee0 above their ASCII originals.
        return char::from_u32(code - 0xfee0);
    }
    CYRILLIC
        .iter()
        .chain(GREEK)
        .find(|(found, _, _)| *found == c)
        .map(|(_, ascii, _)| *ascii)
}

/// The standard name of `c`, where the tables know it.
fn name(c: char) -> Option<String> {
    let code = c as u32;
    let fixed = match c {
        '\0' => "NULL",
        '\u{7}' => "BELL",
        '\u{8}' => "BACKSPACE",
        '\t' => "CHARACTER TABULATION",
        '\n' => "LINE FEED",
        '\u{b}' => "LINE TABULATION",
        '\u{c}' => "FORM FEED",
        '\r' => "CARRIAGE RETURN",
        '\u{1b}' => "ESCAPE",
        ' ' => "SPACE",
        '"' => "QUOTATION MARK",
        '(' => "LEFT PARENTHESIS",
        ')' => "RIGHT PARENTHESIS",
        '<' => "LESS-THAN SIGN",
        '>' => "GREATER-THAN SIGN",
        '\\' => "REVERSE SOLIDUS",
        '^' => "CIRCUMFLEX ACCENT",
        '`' => "GRAVE ACCENT",
        '{' => "LEFT CURLY BRACKET",
        '|' => "VERTICAL LINE",
        '}' => "RIGHT CURLY BRACKET",
        '\u{7f}' => "DELETE",
        '\u{85}' => "NEXT LINE",
        '\u{a0}' => "NO-BREAK SPACE",
        '\u{ab}' => "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK",
        '\u{ad}' => "SOFT HYPHEN",
        '\u{bb}' => "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK",
        '\u{34f}' => "COMBINING GRAPHEME JOINER",
        '\u{61c}' => "ARABIC LETTER MARK",
        '\u{180e}' => "MONGOLIAN VOWEL SEPARATOR",
        '\u{2000}' => "EN QUAD",
        '\u{2001}' => "EM QUAD",
        '\u{2002}' => "EN SPACE",
        '\u{2003}' => "EM SPACE",
        '\u{2004}' => "THREE-PER-EM SPACE",
        '\u{2005}' => "FOUR-PER-EM SPACE",
        '\u{2006}' => "SIX-PER-EM SPACE",
        '\u{2007}' => "FIGURE SPACE",
        '\u{2008}' => "PUNCTUATION SPACE",
        '\u{2009}' => "THIN SPACE",
        '\u{200a}' => "HAIR SPACE",
        '\u{200b}' => "ZERO WIDTH SPACE",
        '\u{200c}' => "ZERO WIDTH NON-JOINER",
        '\u{200d}' => "ZERO WIDTH JOINER",
        '\u{200e}' => "LEFT-TO-RIGHT MARK",
        '\u{200f}' => "RIGHT-TO-LEFT MARK",
        '\u{2018}' => "LEFT SINGLE QUOTATION MARK",
        '\u{2019}' => "RIGHT SINGLE QUOTATION MARK",
        '\u{201c}' => "LEFT DOUBLE QUOTATION MARK",
        '\u{201d}' => "RIGHT DOUBLE QUOTATION MARK",
        '\u{201e}' => "DOUBLE LOW-9 QUOTATION MARK",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{202a}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202b}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202c}' => "POP DIRECTIONAL FORMATTING",
        '\u{202d}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202e}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{202f}' => "NARROW NO-BREAK SPACE",
        '\u{205f}' => "MEDIUM MATHEMATICAL SPACE",
        '\u{2060}' => "WORD JOINER",
        '\u{2061}' => "FUNCTION APPLICATION",
        '\u{2062}' => "INVISIBLE TIMES",
        '\u{2063}' => "INVISIBLE SEPARATOR",
        '\u{2064}' => "INVISIBLE PLUS",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{3000}' => "IDEOGRAPHIC SPACE",
        '\u{feff}' => "ZERO WIDTH NO-BREAK SPACE",
        '\u{ff02}' => "FULLWIDTH QUOTATION MARK",
        '\u{ff3f}' => "FULLWIDTH LOW LINE",
        _ => "",
    };
    if !fixed.is_empty() {
        return Some(fixed.to_string());
    }
    if (0xff21..=0xff3a).contains(&code) {
        return Some(format!("FULLWIDTH LATIN CAPITAL LETTER {}", look_alike(c)?));
    }
    if (0xff41..=0xff5a).contains(&code) {
        let letter = look_alike(c)?.to_ascii_uppercase();
        return Some(format!("FULLWIDTH LATIN SMALL LETTER {letter}"));
    }
    if (0xff10..=0xff19).contains(&code) {
        const DIGITS: [&str; 10] = [
            "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
        ];
        return Some(format!(
            "FULLWIDTH DIGIT {}",
            DIGITS[(code - 0xff10) as usize]
        ));
    }
    CYRILLIC
        .iter()
        .chain(GREEK)
        .find(|(found, _, _)| *found == c)
        .map(|(_, _, name)| name.to_string())
}

/// Cyrillic letters that look like Latin ones: the character, the Latin
/// letter, and the character's name.
const CYRILLIC: &[(char, char, &str)] = &[
    ('\u{405}', 'S', "CYRILLIC CAPITAL LETTER DZE"),
    (
        '\u{406}',
        'I',
        "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I",
    ),
    ('\u{408}', 'J', "CYRILLIC CAPITAL LETTER JE"),
    ('\u{410}', 'A', "CYRILLIC CAPITAL LETTER A"),
    ('\u{412}', 'B', "CYRILLIC CAPITAL LETTER VE"),
    ('\u{415}', 'E', "CYRILLIC CAPITAL LETTER IE"),
    ('\u{41a}', 'K', "CYRILLIC CAPITAL LETTER KA"),
    ('\u{41c}', 'M', "CYRILLIC CAPITAL LETTER EM"),
    ('\u{41d}', 'H', "CYRILLIC CAPITAL LETTER EN"),
    ('\u{41e}', 'O', "CYRILLIC CAPITAL LETTER O"),
    ('\u{420}', 'P', "CYRILLIC CAPITAL LETTER ER"),
    ('\u{421}', 'C', "CYRILLIC CAPITAL LETTER ES"),
    ('\u{422}', 'T', "CYRILLIC CAPITAL LETTER TE"),
    ('\u{423}', 'Y', "CYRILLIC CAPITAL LETTER U"),
    ('\u{425}', 'X', "CYRILLIC CAPITAL LETTER HA"),
    ('\u{430}', 'a', "CYRILLIC SMALL LETTER A"),
    ('\u{435}', 'e', "CYRILLIC SMALL LETTER IE"),
    ('\u{43e}', 'o', "CYRILLIC SMALL LETTER O"),
    ('\u{440}', 'p', "CYRILLIC SMALL LETTER ER"),
    ('\u{441}', 'c', "CYRILLIC SMALL LETTER ES"),
    ('\u{443}', 'y', "CYRILLIC SMALL LETTER U"),
    ('\u{445}', 'x', "CYRILLIC SMALL LETTER HA"),
    (
        '\u{456}',
        'i',
        "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I",
    ),
];

/// Greek letters that look like Latin ones, as [`CYRILLIC`].
const GREEK: &[(char, char, &str)] = &[
    ('\u{391}', 'A', "GREEK CAPITAL LETTER ALPHA"),
    ('\u{392}', 'B', "GREEK CAPITAL LETTER BETA"),
    ('\u{395}', 'E', "GREEK CAPITAL LETTER EPSILON"),
    ('\u{396}', 'Z', "GREEK CAPITAL LETTER ZETA"),
    ('\u{397}', 'H', "GREEK CAPITAL LETTER ETA"),
    ('\u{399}', 'I', "GREEK CAPITAL LETTER IOTA"),
    ('\u{39a}', 'K', "GREEK CAPITAL LETTER KAPPA"),
    ('\u{39c}', 'M', "GREEK CAPITAL LETTER MU"),
    ('\u{39d}', 'N', "GREEK CAPITAL LETTER NU"),
    ('\u{39f}', 'O', "GREEK CAPITAL LETTER OMICRON"),
    ('\u{3a1}', 'P', "GREEK CAPITAL LETTER RHO"),
    ('\u{3a4}', 'T', "GREEK CAPITAL LETTER TAU"),
    ('\u{3a5}', 'Y', "GREEK CAPITAL LETTER UPSILON"),
    ('\u{3a7}', 'X', "GREEK CAPITAL LETTER CHI"),
    ('\u{3bf}', 'o', "GREEK SMALL LETTER OMICRON"),
];

/// What a message says of a stray character: its name and what it is or
/// looks like, like `U+00A0 NO-BREAK SPACE, which looks like a space but is not one`.
pub fn describe(c: char, stray: Stray) -> String {
    let named = named(c);
    match stray {
        Stray::Invisible => format!("{named}, an invisible character"),
        Stray::Space => format!("{named}, which looks like a space but is not one"),
        Stray::TypographicQuote => format!("{named}, a typographic quote"),
        Stray::LooksLike(ascii) => format!("{named}, which looks like `{ascii}` but is not"),
    }
}
