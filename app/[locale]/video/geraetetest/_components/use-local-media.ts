'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

export type MediaFailure = 'blocked' | 'notFound' | 'inUse' | 'other' | 'unsupported';
export type MediaPhase = 'idle' | 'starting' | 'running' | 'failed';
type Tracks = { video: MediaStreamTrack | null; audio: MediaStreamTrack | null };
export type InputKind = 'videoinput' | 'audioinput';

const noTracks: Tracks = { video: null, audio: null };
const cameraConstraints: MediaTrackConstraints = {
  facingMode: 'user',
  width: { ideal: 1280 },
  height: { ideal: 720 },
};

/** getUserMedia's error names, as livekit-client's MediaDeviceFailure groups them. */
export function failureOf(error: unknown): MediaFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (['NotAllowedError', 'PermissionDeniedError', 'SecurityError'].includes(name))
    return 'blocked';
  if (['NotFoundError', 'DevicesNotFoundError', 'OverconstrainedError'].includes(name))
    return 'notFound';
  if (['NotReadableError', 'TrackStartError', 'AbortError'].includes(name)) return 'inUse';
  return 'other';
}

/** Camera and microphone together (one prompt); if one kind is missing, the other alone. */
async function openCameraAndMicrophone(): Promise<MediaStream> {
  const media = navigator.mediaDevices;
  try {
    return await media.getUserMedia({ video: cameraConstraints, audio: true });
  } catch (error) {
    if (failureOf(error) !== 'notFound') throw error;
    return media
      .getUserMedia({ audio: true })
      .catch(() => media.getUserMedia({ video: cameraConstraints }));
  }
}

/**
 * Camera and microphone for the device check: nothing is asked for before `start()`
 * (the user's click), every track is stopped on `stop()` and when the page is left.
 */
export function useLocalMedia() {
  const [phase, setPhase] = useState<MediaPhase>('idle');
  const [failure, setFailure] = useState<MediaFailure | null>(null);
  const [tracks, setTracks] = useState<Tracks>(noTracks);
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const tracksRef = useRef<Tracks>(noTracks);
  const isMountedRef = useRef(false);

  const adopt = useCallback((next: Partial<Tracks>) => {
    if (!isMountedRef.current) {
      // The page was left while the browser was still opening the device.
      next.video?.stop();
      next.audio?.stop();
      return;
    }
    const merged = { ...tracksRef.current, ...next };
    for (const track of [next.video, next.audio]) {
      // A device unplugged or taken away: show it as missing.
      track?.addEventListener('ended', () => {
        const kind = track.kind === 'video' ? 'video' : 'audio';
        if (tracksRef.current[kind] !== track) return;
        tracksRef.current = { ...tracksRef.current, [kind]: null };
        setTracks(tracksRef.current);
      });
    }
    tracksRef.current = merged;
    setTracks(merged);
  }, []);

  const stopTracks = useCallback(() => {
    tracksRef.current.video?.stop();
    tracksRef.current.audio?.stop();
    tracksRef.current = noTracks;
    setTracks(noTracks);
  }, []);

  const start = useCallback(async () => {
    stopTracks();
    setFailure(null);
    if (!navigator.mediaDevices?.getUserMedia) {
      setFailure('unsupported');
      setPhase('failed');
      return;
    }
    setPhase('starting');
    try {
      const stream = await openCameraAndMicrophone();
      adopt({
        video: stream.getVideoTracks()[0] ?? null,
        audio: stream.getAudioTracks()[0] ?? null,
      });
      // Labels are only readable once permission is granted.
      setDevices(await navigator.mediaDevices.enumerateDevices());
      setPhase('running');
    } catch (error) {
      setFailure(failureOf(error));
      setPhase('failed');
    }
  }, [adopt, stopTracks]);

  const stop = useCallback(() => {
    stopTracks();
    setFailure(null);
    setPhase('idle');
  }, [stopTracks]);

  /** Another camera or microphone: the old one is released first (phones allow one camera). */
  const selectDevice = useCallback(
    async (kind: InputKind, deviceId: string) => {
      const key = kind === 'videoinput' ? 'video' : 'audio';
      tracksRef.current[key]?.stop();
      adopt({ [key]: null });
      setFailure(null);
      try {
        const constraints = { deviceId: { exact: deviceId } };
        const stream = await navigator.mediaDevices.getUserMedia(
          key === 'video' ? { video: constraints } : { audio: constraints },
        );
        adopt({ [key]: stream.getTracks()[0] ?? null });
      } catch (error) {
        setFailure(failureOf(error));
      }
    },
    [adopt],
  );

  useEffect(() => {
    if (phase !== 'running') return;
    const refresh = () => void navigator.mediaDevices.enumerateDevices().then(setDevices);
    navigator.mediaDevices.addEventListener('devicechange', refresh);
    return () => navigator.mediaDevices.removeEventListener('devicechange', refresh);
  }, [phase]);

  // Leaving the page (or a client-side navigation) releases camera and microphone.
  useEffect(() => {
    isMountedRef.current = true;
    return () => {
      isMountedRef.current = false;
      stopTracks();
    };
  }, [stopTracks]);

  return { phase, failure, tracks, devices, start, stop, selectDevice };
}
