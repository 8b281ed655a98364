/** English interface strings. Every string the interface shows comes from a catalogue. */
export const en = {
  app: { title: 'Press-kit Viewer', loading: 'Opening bundle…', builtIn: 'Built-in bundle' },
  error: { title: 'This bundle cannot be opened', problems: 'Problems found', retryBuiltIn: 'Open the built-in bundle' },
  reader: {
    documents: 'Documents',
    language: { en: 'English', id: 'Indonesian' },
    languageBadge: 'Language: {{language}}',
    dateline: 'Dateline',
    saidBy: '— {{name}}',
    anonymous: 'Anonymous reader',
    undated: 'date not given',
    comment: 'Comment {{n}}',
    quoteFrom: 'Quote from {{name}}',
    kind: {
      release: 'Press release',
      article: 'Article',
      boilerplate: 'About',
      comments: 'Reader comments',
      factsheet: 'Fact sheet',
      contacts: 'Contacts',
      backgrounder: 'Backgrounder',
      statement: 'Statement',
      other: 'Document',
    },
    embargo: 'Embargoed until {{date}}',
  },
};
export type Catalogue = typeof en;
