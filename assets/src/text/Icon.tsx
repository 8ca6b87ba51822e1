// An icon argument: an emoji is shown as is; Material icon names (":material/home:") are
// not bundled yet, so they are left out rather than shown as a raw name.
export function Icon({ icon }: { icon: string }) {
  if (!icon || icon.startsWith(":material/")) return null;
  return (
    <span class="icon" aria-hidden="true">
      {icon}
    </span>
  );
}
