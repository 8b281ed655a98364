import { PresskitError, type Problem } from '../../shared/errors';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import type { OpenOutcome } from '../../shared/ipc/channels/import';
import type { ImportDraft } from '../../shared/model/import-draft';
import type { ServiceContext } from './context';
import { defaultImportEngine, type ImportEngine } from './import-engine';
import { ImportSessions, type ImportSessionLimits } from './import-sessions';
import { defaultImportTarget, suggestedBundleName } from './import-target';
import { isBundle } from './is-bundle';
import { UploadedArchives } from './uploaded-archives';

type ImportHandlers = Pick<
  ChannelHandlers,
  'openFile' | 'pickAndOpenFile' | 'openUploadedFile' | 'takePendingImport' | 'pickImportSavePath' | 'saveImport' | 'discardImport'
>;

/**
 * For the host: open a path it was given itself (command line, desktop menu, a second instance). A
 * draft is kept as pending for the window, which takes it with takePendingImport (told by `importReady`).
 */
export type HostOpener = (location: string) => Promise<OpenOutcome>;

/** What the import channels reuse from the bundle channels: opening a bundle as File → Open does. */
type BundleOpeners = Pick<ChannelHandlers, 'openBundle' | 'openBundleArchive'>;

export interface ImportHandlerOptions {
  engine?: ImportEngine;
  limits?: ImportSessionLimits;
}

/**
 * Opening any file: a bundle opens as before; anything else is imported into a draft, held in an
 * import session (with its images) until the user saves it as a bundle — which then opens like any
 * bundle — or discards it.
 */
export function importHandlers(
  ctx: ServiceContext,
  bundles: BundleOpeners,
  options: ImportHandlerOptions = {},
): { handlers: ImportHandlers; openForHost: HostOpener } {
  const engine = options.engine ?? defaultImportEngine;
  const sessions = new ImportSessions(ctx.now, options.limits);
  const uploads = new UploadedArchives(ctx.session);

  const importPath = async (location: string): Promise<ImportDraft> => {
    const { draft, images } = await engine.importFile(location);
    return sessions.create(draft, images);
  };
  const openPath = async (location: string): Promise<OpenOutcome> =>
    (await isBundle(location))
      ? { kind: 'bundle', bundle: await bundles.openBundle({ path: location }) }
      : { kind: 'import', draft: await importPath(location) };

  const handlers: ImportHandlers = {
    openFile: ({ path }) => openPath(path),
    async pickAndOpenFile() {
      const pick = ctx.host.pickImportablePath ?? ctx.host.pickBundlePath;
      if (!pick) throw new PresskitError('NOT_AVAILABLE', 'This host has no open dialog; pass a path instead');
      const picked = await pick();
      return picked === null ? null : openPath(picked);
    },
    async openUploadedFile({ fileName, base64 }) {
      // The bytes go to a temporary file for the readers (they sniff and stream like any file) and are
      // removed as soon as the import has read them; a bundle keeps its copy while it is open, as before.
      const file = uploads.store(fileName, Buffer.from(base64, 'base64'));
      try {
        if (await isBundle(file)) return { kind: 'bundle', bundle: await bundles.openBundleArchive({ fileName, base64 }) };
        return { kind: 'import', draft: await importPath(file) };
      } finally {
        uploads.discard(file);
      }
    },
    async takePendingImport() {
      return sessions.takePending();
    },
    async pickImportSavePath({ kind, suggestedName }) {
      if (!ctx.host.pickSavePath)
        throw new PresskitError('NOT_AVAILABLE', 'This host has no save dialog; the import is saved in the data folder');
      const name = suggestedBundleName(suggestedName) + (kind === 'archive' ? '.presskit' : '');
      const filters = kind === 'archive' ? [{ name: 'Press kit', extensions: ['presskit'] }] : [];
      return ctx.host.pickSavePath(name, filters);
    },
    async saveImport({ draft, target }) {
      const session = sessions.get(draft.sessionId);
      const problems = draftProblems(draft, session.images);
      if (problems.length)
        throw new PresskitError('IMPORT_INVALID', `The corrected import cannot be saved: ${problems[0]!.message}`, problems);
      const location = target.path ?? defaultImportTarget(ctx.dataDir, draft.title, target.kind);
      await engine.writeBundle(draft, session.images, { kind: target.kind, path: location });
      const bundle = await bundles.openBundle({ path: location });
      sessions.forget(draft.sessionId);
      return bundle;
    },
    async discardImport({ sessionId }) {
      sessions.forget(sessionId);
    },
  };
  const openForHost: HostOpener = async (location) => {
    const outcome = await openPath(location);
    if (outcome.kind === 'import') sessions.markPending(outcome.draft.sessionId);
    return outcome;
  };
  return { handlers, openForHost };
}

/** References the schema cannot check on its own: every id a draft uses must exist in it. */
export function draftProblems(draft: ImportDraft, images: ReadonlyMap<string, Uint8Array>): Problem[] {
  const problems: Problem[] = [];
  const add = (pointer: string, message: string) => problems.push({ file: 'import draft', pointer, message });
  const documents = new Set(draft.documents.map((d) => d.id));
  const people = new Set(draft.people.map((p) => p.id));
  const organisations = new Set(draft.organisations.map((o) => o.id));
  draft.quotes.forEach((q, i) => {
    if (!documents.has(q.documentId)) add(`/quotes/${i}/documentId`, `unknown document "${q.documentId}"`);
    if (q.speakerId !== null && !people.has(q.speakerId)) add(`/quotes/${i}/speakerId`, `unknown person "${q.speakerId}"`);
  });
  draft.people.forEach((p, i) => {
    if (p.organisationId && !organisations.has(p.organisationId))
      add(`/people/${i}/organisationId`, `unknown organisation "${p.organisationId}"`);
  });
  draft.contacts.forEach((c, i) => {
    if (c.organisationId && !organisations.has(c.organisationId))
      add(`/contacts/${i}/organisationId`, `unknown organisation "${c.organisationId}"`);
  });
  draft.assets.forEach((a, i) => {
    if (!images.has(a.file)) add(`/assets/${i}/file`, `"${a.file}" is not an image of this import`);
  });
  if (draft.issuerId && !organisations.has(draft.issuerId)) add('/issuerId', `unknown organisation "${draft.issuerId}"`);
  return problems;
}
