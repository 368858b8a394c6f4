import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { channels, oneOf, type Channel } from './enums';
import { staff } from './staff';

/**
 * A team lead's target for one counsellor, one week and one channel: the share of the
 * week's planned hours (in per cent) that should be open for that channel, e.g. 40 % video.
 * `weekStart` is the local date of that week's Monday. A channel without a row has no target.
 */
export const channelQuotas = sqliteTable(
  'channel_quotas',
  {
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    weekStart: text('week_start').notNull(),
    channel: text('channel').$type<Channel>().notNull(),
    sharePercent: integer('share_percent').notNull(),
    updatedBy: text('updated_by').references(() => staff.id, { onDelete: 'set null' }),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.staffId, t.weekStart, t.channel] }),
    check('channel_quotas_channel_check', sql.raw(oneOf('channel', channels))),
    check('channel_quotas_share_check', sql`${t.sharePercent} between 0 and 100`),
    check('channel_quotas_week_check', sql`length(${t.weekStart}) = 10`),
  ],
);
