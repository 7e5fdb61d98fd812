import { Hono, type Context } from 'hono';
import type { AppEnv, EmulatorContext } from '../context';
import { validationError, wixError, zodViolations } from '../http/errors';
import { requireAccessToken } from '../oauth/authenticate';
import { answering } from '../stores/guard';
import { readPayload } from '../stores/payload';
import { runCursorQuery, runOffsetQuery } from '../stores/query/run';
import { findDataCollection, type DataCollection, type DataDoc } from './app-collections';
import { queryDataItemsSchema, type QueryDataItemsRequest } from './request';

// Real Wix's text, as Velo and the SDK print it (e.message is the description).
const collectionNotFound = (c: Context, id: string) => {
  const message = `WDE0025: The ${id} collection does not exist.`;
  return wixError(c, 404, 'WDE0025', message);
};

const project = (doc: DataDoc, fields: readonly string[]): DataDoc =>
  fields.length === 0
    ? doc
    : {
        _id: doc._id,
        ...Object.fromEntries(fields.filter((f) => f in doc).map((f) => [f, doc[f]])),
      };

// Paging as the Stores app collections allow: at most 100 items per query (offset default 50).
function pageItems(collection: DataCollection, request: QueryDataItemsRequest) {
  const { filter, sort, paging, cursorPaging } = request.query ?? {};
  const docs = collection.items();
  if (cursorPaging) {
    const page = runCursorQuery(docs, { filter, sort, cursorPaging }, collection.fields);
    return { items: page.items, pagingMetadata: { ...page.pagingMetadata, tooManyToCount: false } };
  }
  const page = runOffsetQuery(docs, { filter, sort, paging }, collection.fields);
  const { count, offset, total } = page.metadata;
  return {
    items: page.items,
    pagingMetadata: {
      count,
      offset,
      // Wix counts only on request (`returnTotalCount`); the SDK's totalCount is undefined otherwise.
      ...(request.returnTotalCount ? { total } : {}),
      tooManyToCount: false,
      hasNext: offset + count < total,
    },
  };
}

/** Wix Data items API (`@wix/data` `items`): the query call, over the site's data collections. */
export function wixDataRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const query = answering(async (c) => {
    const parsed = queryDataItemsSchema.safeParse(await readPayload(c));
    if (!parsed.success) return validationError(c, zodViolations(parsed.error));
    const request = parsed.data;
    const collection = findDataCollection(ctx, request.dataCollectionId);
    if (!collection) return collectionNotFound(c, request.dataCollectionId);
    const { items, pagingMetadata } = pageItems(collection, request);
    const { dataCollectionId } = request;
    const fields = request.query?.fields ?? [];
    return c.json({
      dataItems: items.map((doc) => ({
        id: doc._id,
        dataCollectionId,
        data: project(doc, fields),
      })),
      pagingMetadata,
    });
  });
  // GET with `.r` while the query string stays under 2048 characters, POST beyond.
  for (const method of ['GET', 'POST'] as const) {
    app.on(method, '/wix-data/v2/items/query', requireAccessToken(ctx), query);
  }
  return app;
}
