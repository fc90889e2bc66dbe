// Render stage: an article's topics as a list of links to their topic pages.

import type { JSX } from "preact";
import type { Topic } from "../src/model/types";
import type { RenderContext } from "../src/render/context";
import { href } from "../src/render/links";

export interface TopicLinksProps {
  readonly context: RenderContext;
  readonly topics: readonly Topic[];
  /** On article pages: each topic's `data-pagefind-filter` (see src/search/search-attributes.ts). */
  readonly searchFilter?: (topic: Topic) => string;
}

export function TopicLinks({ context, topics, searchFilter }: TopicLinksProps): JSX.Element | null {
  if (topics.length === 0) return null;
  return (
    <ul class="topic-links">
      {topics.map((topic) => (
        <li key={topic.path}>
          <a href={href(context.site, topic.path)} data-pagefind-filter={searchFilter?.(topic)}>
            {topic.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
