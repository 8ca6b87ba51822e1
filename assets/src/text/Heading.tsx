// st.title, st.header, st.subheader: markdown in the text, an anchor for links to it (shown
// on hover as an icon without text, so textContent stays the heading), optional divider.
import { Heading_Level, type Heading } from "../proto/text_pb";
import { InlineMarkdown } from "./InlineMarkdown";
import { Help } from "./Help";

/** The anchor Streamlit derives from a heading: lower case words joined by "-". */
export function anchorOf(body: string): string {
  return body
    .toLowerCase()
    .replace(/[*_`~[\]()#:]/g, "")
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

const TAGS = { [Heading_Level.TITLE]: "h1", [Heading_Level.HEADER]: "h2", [Heading_Level.SUBHEADER]: "h3" } as const;

export function HeadingView({ el }: { el: Heading }) {
  const Tag = TAGS[el.level] ?? "h2";
  const anchor = el.anchor || anchorOf(el.body);
  return (
    <div class="heading">
      <Tag id={anchor || undefined}>
        <InlineMarkdown body={el.body} />
        <Help text={el.help} />
        {!el.hideAnchor && anchor ? (
          <a class="anchor-link" href={`#${anchor}`} aria-label="Link to this heading">
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path
                d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"
                fill="none"
                stroke="currentColor"
                stroke-width="2"
                stroke-linecap="round"
              />
            </svg>
          </a>
        ) : null}
      </Tag>
      {el.divider ? <hr class={`heading-divider divider-${el.divider}`} /> : null}
    </div>
  );
}
