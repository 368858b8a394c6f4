type Hidden = Record<string, string | undefined>;

/** Hidden inputs for the choices a form carries along; undefined values are left out. */
export function HiddenFields({ values }: { values: Hidden }) {
  return Object.entries(values).map(([name, value]) =>
    value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
  );
}
