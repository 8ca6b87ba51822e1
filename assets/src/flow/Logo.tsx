// st.logo: an image, emoji or short text at the top of the sidebar, or of the page when the
// sidebar is closed or absent (then `icon_image` when the app gave one).
import { Logo_Size, type Logo } from "../proto/flow_pb";
import "./flow.css";

const SIZES = { [Logo_Size.SMALL]: "small", [Logo_Size.MEDIUM]: "medium", [Logo_Size.LARGE]: "large" } as const;

export function LogoView({ logo, icon }: { logo: Logo; icon: boolean }) {
  const useIcon = icon && logo.iconImage !== "";
  const source = useIcon ? logo.iconImage : logo.image;
  const isText = useIcon ? logo.iconIsText : logo.isText;
  const content = isText ? <span class="logo-text">{source}</span> : <img class="logo-image" src={source} alt="Logo" />;
  const cls = `logo logo-${SIZES[logo.size] ?? "medium"}`;
  return logo.link ? (
    <a class={cls} href={logo.link} target="_blank" rel="noopener noreferrer" data-testid="logo">
      {content}
    </a>
  ) : (
    <div class={cls} data-testid="logo">
      {content}
    </div>
  );
}
