import path from 'node:path';
import { renderPressKit } from '../export';
import { writeOutputFile } from '../output/write-output-file';
import { PresskitError } from '../../shared/errors';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import type { ServiceContext } from './context';
import { loadHighlightsForExport } from './export-highlights';

type ExportHandlers = Pick<ChannelHandlers, 'exportPdf' | 'revealExportedPdf'>;

/** PDF export for every host: the desktop saves where the user picks, browser mode gets the bytes to download. */
export function exportHandlers(ctx: ServiceContext, appVersion: string): ExportHandlers {
  let lastSaved: string | null = null;
  return {
    async exportPdf({ paper, sections, includeComments, includeAnnotations, language }) {
      const bundle = ctx.session.bundle;
      if (!bundle) throw new PresskitError('NO_BUNDLE_OPEN', 'Open a bundle before exporting a press kit');
      const fileName = `${bundle.manifest.id}-press-kit.pdf`;
      // Ask where to save first, so a cancelled dialog costs nothing.
      let savedPath: string | null = null;
      if (ctx.host.pickSavePath) {
        savedPath = await ctx.host.pickSavePath(fileName, [{ name: 'PDF', extensions: ['pdf'] }]);
        if (savedPath === null) return { fileName, cancelled: true, pages: 0, bytes: 0 };
      }
      const highlights = includeAnnotations ? await loadHighlightsForExport(ctx, bundle) : [];
      const kit = await renderPressKit(bundle, {
        paper,
        sections,
        includeComments,
        ...(language ? { language } : {}),
        highlights,
        now: ctx.now(),
        fontsDir: path.join(ctx.resourcesDir, 'fonts'),
        appVersion,
      });
      const report = { missingCharacters: kit.missingCharacters, notEmbedded: kit.notEmbedded };
      if (savedPath === null) {
        return { fileName, bytesBase64: Buffer.from(kit.bytes).toString('base64'), pages: kit.pages, bytes: kit.bytes.length, ...report };
      }
      await writeOutputFile(savedPath, kit.bytes, 'Cannot save the press kit to');
      lastSaved = savedPath;
      return { fileName: path.basename(savedPath), savedPath, pages: kit.pages, bytes: kit.bytes.length, ...report };
    },
    async revealExportedPdf({ path: requested }) {
      // Only the file this window just wrote: the renderer cannot make the host reveal arbitrary paths.
      if (!ctx.host.showItemInFolder || lastSaved === null || requested !== lastSaved) return { shown: false };
      ctx.host.showItemInFolder(lastSaved);
      return { shown: true };
    },
  };
}
