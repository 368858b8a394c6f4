const toneSeconds = 1.4;

/**
 * A short two-note chime made with Web Audio (no audio file). With a `sinkId` it plays
 * through an <audio> element on that output device (HTMLMediaElement.setSinkId),
 * otherwise on the default output. Call it from a click: browsers only let a page make
 * sound after a user gesture. Resolves when the tone has ended.
 */
export async function playTestTone(sinkId: string | null): Promise<void> {
  const context = new AudioContext();
  try {
    await context.resume();
    const start = context.currentTime;
    const oscillator = context.createOscillator();
    oscillator.frequency.setValueAtTime(660, start);
    oscillator.frequency.setValueAtTime(440, start + toneSeconds / 2);
    const gain = context.createGain();
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(0.25, start + 0.05);
    gain.gain.setValueAtTime(0.25, start + toneSeconds - 0.2);
    gain.gain.linearRampToValueAtTime(0, start + toneSeconds);
    oscillator.connect(gain);
    let element: HTMLAudioElement | null = null;
    if (sinkId) {
      const destination = context.createMediaStreamDestination();
      gain.connect(destination);
      element = new Audio();
      element.srcObject = destination.stream;
      await element.setSinkId(sinkId);
      await element.play();
    } else {
      gain.connect(context.destination);
    }
    const ended = new Promise((resolve) => oscillator.addEventListener('ended', resolve));
    oscillator.start(start);
    oscillator.stop(start + toneSeconds);
    await ended;
    element?.pause();
  } finally {
    await context.close();
  }
}

/** Whether this browser lets a page choose the speakers (Chrome, Edge, Firefox ≥ 116). */
export function canChooseSpeakers(): boolean {
  return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
}
