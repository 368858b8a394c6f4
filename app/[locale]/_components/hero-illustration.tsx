// Decorative: two speech bubbles (client and counsellor) on a soft disc, with the
// portal's yellow accent. Hidden from assistive technology and on small screens.
export function HeroIllustration({ className }: { className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 420 360"
      width="420"
      height="360"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="215" cy="180" r="160" fill="#e3eef7" />
      <circle cx="345" cy="70" r="22" fill="#ffd166" />
      <circle cx="70" cy="290" r="12" fill="#00706b" opacity="0.25" />
      <path
        d="M92 92h170a26 26 0 0 1 26 26v70a26 26 0 0 1-26 26H150l-34 30v-30H92a26 26 0 0 1-26-26v-70a26 26 0 0 1 26-26Z"
        fill="#0a4a7a"
      />
      <rect x="96" y="128" width="150" height="11" rx="5.5" fill="#fff" opacity="0.9" />
      <rect x="96" y="152" width="112" height="11" rx="5.5" fill="#fff" opacity="0.6" />
      <path
        d="M214 196h118a24 24 0 0 1 24 24v52a24 24 0 0 1-24 24h-8v28l-32-28h-78a24 24 0 0 1-24-24v-52a24 24 0 0 1 24-24Z"
        fill="#006b66"
      />
      <circle cx="240" cy="246" r="8" fill="#fff" />
      <circle cx="268" cy="246" r="8" fill="#fff" opacity="0.8" />
      <circle cx="296" cy="246" r="8" fill="#fff" opacity="0.6" />
    </svg>
  );
}
