export type ComponentStatus = 'ok' | 'unavailable';
export type HealthReport = {
  status: ComponentStatus;
  components: { database: ComponentStatus; video: ComponentStatus };
};

export type HealthProbes = {
  database: () => boolean;
  video: () => Promise<unknown>;
};

async function statusOf(probe: () => unknown): Promise<ComponentStatus> {
  try {
    const result = await probe();
    return result === false ? 'unavailable' : 'ok';
  } catch {
    return 'unavailable';
  }
}

/** Overall status is ok only when every component is. No internal error text leaks. */
export async function checkHealth(probes: HealthProbes): Promise<HealthReport> {
  const [database, video] = await Promise.all([statusOf(probes.database), statusOf(probes.video)]);
  const status = database === 'ok' && video === 'ok' ? 'ok' : 'unavailable';
  return { status, components: { database, video } };
}
