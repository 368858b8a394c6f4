/** The booking flow's step URLs to measure; filled in as the flow's URL scheme settles. */
export async function bookingStepPaths(baseUrl: string): Promise<string[]> {
  void baseUrl;
  return [];
}
