// Stylesheets are imported for their side effect; electron-vite bundles them into the page.
declare module '*.css';
