// Wordmark: rising steps towards a goal, on the portal's blue tile. Decorative only;
// the site name beside it is the link text.
export function SiteLogo({ className }: { className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 40 40"
      width="40"
      height="40"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="40" height="40" rx="10" fill="#0a4a7a" />
      <path
        d="M8.5 30h7v-6.5h7V17h8"
        fill="none"
        stroke="#fff"
        strokeWidth="3.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="30" cy="10.5" r="3.6" fill="#ffd166" />
    </svg>
  );
}
