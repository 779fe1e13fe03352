// A minimal Docusaurus site around the generated error pages, laid out by
// `cargo catalog site` (which writes site.json beside this file). Every
// broken link, anchor or Markdown link fails the build.
const site = require('./site.json');

module.exports = {
  title: 'capmonster-errors: docs pages check',
  url: site.url,
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },
  i18n: {
    defaultLocale: site.defaultLocale,
    locales: site.locales,
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
