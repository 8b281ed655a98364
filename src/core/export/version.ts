import pkg from '../../../package.json' with { type: 'json' };

/** Names this app in the PDF's Producer and Creator, instead of the PDF library's URL. */
export const APP_NAME_AND_VERSION = `Press-kit Viewer ${pkg.version}`;
export const APP_VERSION: string = pkg.version;
