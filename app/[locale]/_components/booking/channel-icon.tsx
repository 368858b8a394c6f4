import type { Channel } from '@/db/schema/enums';
import { PhoneIcon, PresenceIcon, VideoIcon, WalkIcon } from '../icons';

const icons = {
  presence: PresenceIcon,
  phone: PhoneIcon,
  video: VideoIcon,
  walk_and_talk: WalkIcon,
} as const;

/** The decorative icon of a channel (aria-hidden; the channel's name carries the meaning). */
export function ChannelIcon({ channel, className }: { channel: Channel; className?: string }) {
  const Icon = icons[channel];
  return <Icon className={className} />;
}
