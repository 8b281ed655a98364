import { AnnotationRepository, anchorAll } from '../annotations/index';
import type { AnchoredAnnotation } from '../../shared/model/annotation';
import type { LoadedBundle } from '../../shared/model/document';
import type { ServiceContext } from './context';

/** The highlights an export from the app carries: the bundle's saved annotations, anchored to its current text. */
export async function loadHighlightsForExport(ctx: ServiceContext, bundle: LoadedBundle): Promise<AnchoredAnnotation[]> {
  const { annotations } = new AnnotationRepository(ctx.stores, ctx.dataDir).read(bundle.manifest.id);
  return anchorAll(bundle, annotations);
}
