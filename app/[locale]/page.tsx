import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { HomeChannels } from './_components/home-channels';
import { HomeHero } from './_components/home-hero';
import { HomeInfo } from './_components/home-info';
import { HomeProviders } from './_components/home-providers';
import { HomeSteps } from './_components/home-steps';

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  await resolvePageLocale(params);
  return (
    <>
      <HomeHero />
      <HomeProviders />
      <HomeChannels />
      <HomeSteps />
      <HomeInfo />
    </>
  );
}
