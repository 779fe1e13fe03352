// A fixture shaped like the CapMonster Cloud docs site (not a copy of it):
// four locales with Russian, the source language, in docs/ and the others
// in i18n/LANG/docusaurus-plugin-content-docs/current/, English the
// default; `.mdx` pages; a theme component the errors pages import;
// addresses with a trailing slash. Unlike the real site, every broken
// link, anchor and Markdown link fails the build.
// scripts/check-docs-site.sh writes the generated pages into a copy of it
// with `cargo catalog docs --write --site`, as a doc writer would.

module.exports = {
  title: 'capmonster-errors: docs site fixture',
  url: 'https://docs.capmonster.cloud',
  baseUrl: '/',
  trailingSlash: true,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'ru', 'zh', 'pt-br'],
  },
  presets: [
    [
      'classic',
      {
        docs: { routeBasePath: 'docs', sidebarPath: false },
        blog: false,
      },
    ],
  ],
};
