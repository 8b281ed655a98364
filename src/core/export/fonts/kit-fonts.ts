import type { LoadedBundle } from '../../../shared/model/document';
import { FallbackChain, type CjkVariant } from './fallback-chain';
import { loadFontFaces, type FontFaces } from './font-faces';
import { needsShaping } from './scripts';
import { loadShaper } from './shaper';
import { systemFontDirs } from './system-fonts';

const chains = new Map<string, FallbackChain>();

/**
 * Which CJK forms Han characters take: Japanese when the kit has kana or a Japanese document,
 * traditional Chinese for zh-Hant/TW/HK documents, else simplified Chinese (per export, not per run).
 */
export function cjkVariant(bundle: LoadedBundle, text: string): CjkVariant {
  const langs = bundle.documents.map((d) => d.language.toLowerCase());
  if (/[\u3040-\u30ff]/.test(text) || langs.some((l) => l.startsWith('ja'))) return 'jp';
  if (langs.some((l) => /^zh-(hant|tw|hk|mo)/.test(l))) return 'tc';
  if (!/[\u3400-\u9fff]/.test(text) && langs.some((l) => l.startsWith('ko'))) return 'kr';
  return 'sc';
}

/** Every text of the bundle the kit may print, for the checks below. */
function kitText(bundle: LoadedBundle): string {
  return (
    JSON.stringify(bundle.manifest) +
    bundle.documents.map((d) => `${d.title}\n${d.headline ?? ''}\n${d.subhead ?? ''}\n${d.text}`).join('\n')
  );
}

/**
 * The kit's faces with the fallback chain behind them (the bundled fonts first, then fonts on the
 * machine under `dirs`), and the shaper loaded when the kit has text that needs it.
 */
export async function kitFontFaces(
  bundle: LoadedBundle,
  fontsDir: string,
  dirs: readonly string[] = systemFontDirs(),
  /** Other text the kit prints (highlight notes in the appendix). */
  extra = '',
): Promise<FontFaces> {
  const text = kitText(bundle) + extra;
  const variant = cjkVariant(bundle, text);
  const key = `${dirs.join('\n')}\n${variant}`;
  let chain = chains.get(key);
  if (!chain) chains.set(key, (chain = new FallbackChain(dirs, variant)));
  let shaped = false;
  for (let i = 0; i < text.length && !shaped; i++) if (text.charCodeAt(i) >= 0x0590 && needsShaping(text.charCodeAt(i))) shaped = true;
  if (shaped) await loadShaper();
  return loadFontFaces(fontsDir, chain);
}
