import type { AnchoredAnnotation } from '../../shared/model/annotation';
import type { LoadedBundle } from '../../shared/model/document';
import type { ServiceContext } from './context';

/**
 * The highlights an export from the app carries: the bundle's saved annotations, anchored to its
 * current text. The annotations service plugs in here; until it does, an export has none.
 */
export async function loadHighlightsForExport(_ctx: ServiceContext, _bundle: LoadedBundle): Promise<AnchoredAnnotation[]> {
  // Imported here so this file's interface stays as the export engineer defined it.
  const { AnnotationRepository, anchorAll } = await import('../annotations/index');
  const { annotations } = new AnnotationRepository(_ctx.stores, _ctx.dataDir).read(_bundle.manifest.id);
  return anchorAll(_bundle, annotations);
}
