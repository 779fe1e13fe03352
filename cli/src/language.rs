//! The language the user reads.

use capmonster_errors::Lang;

/// `--lang` when given, else the locale of `LC_ALL`, `LC_MESSAGES` or
/// `LANG`, else English. `Err` names a `--lang` the catalog has no text in.
pub fn choose(flag: Option<&str>) -> Result<Lang, String> {
    if let Some(tag) = flag {
        return Lang::from_tag(tag).ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
            format!("unknown language {tag:?}; use one of: {}", known.join(", "))
        });
    }
    let from_locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|tag| Lang::from_tag(&tag));
    Ok(from_locale.unwrap_or(Lang::En))
}
