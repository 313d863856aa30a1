import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config'

/** Icons are generated from public/logo.svg (`npm run icons`) and committed, so builds need no image tooling. */
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: { ...minimal2023Preset, maskable: { ...minimal2023Preset.maskable, sizes: [192, 512] } },
  images: ['public/logo.svg'],
})
