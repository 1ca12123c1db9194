import { topicPackSchema, type TopicPack } from '../topic/schema';
import { describeIssue } from '../notes/describe-issue';
import { InvalidPackError } from './pack-shape';

/** Full schema validation of a pack (zod), for places where zod is loaded anyway. */
export function validatePackSchema(pack: TopicPack): TopicPack {
  const result = topicPackSchema.safeParse(pack, { reportInput: true });
  if (!result.success) {
    const first = result.error.issues[0];
    throw new InvalidPackError(
      `The topic pack is invalid: ${first ? describeIssue(first) : 'unknown problem'}`,
    );
  }
  return result.data;
}
