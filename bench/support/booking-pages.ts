/** The booking flow's steps that need no cookie (steps 1–4), with real demo choices. */
export async function bookingStepPaths(baseUrl: string): Promise<string[]> {
  void baseUrl;
  const base = { service: 'bbie-orientation', postcode: '40211' };
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    '/de/buchen',
    `/de/buchen/region?${query(base)}`,
    `/de/buchen/kanal?${query({ ...base, office: 'aa-duesseldorf' })}`,
    `/de/buchen/zeit?${query({ ...base, office: 'aa-duesseldorf', channel: 'presence' })}`,
  ];
}
