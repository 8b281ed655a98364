// In the entry, so the page's own <link> carries them: the host's pre-rendered text is styled at once.
import './styles/base.css';
import './styles/reader.css';
import './styles/reading.css';
import './styles/reading-extras.css';
import './styles/layout.css';

/**
 * When the host sent the first document pre-rendered (both hosts do), it is painted before the
 * application's script (~600 kB) is compiled and run: one frame first, then the app is imported. This
 * entry holds nothing else, so nothing delays that frame.
 */
const firstFramePainted = document.getElementById('prerender')
  ? new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  : Promise.resolve();
void firstFramePainted.then(() => import('./start-app')).then(({ startApp }) => startApp());
