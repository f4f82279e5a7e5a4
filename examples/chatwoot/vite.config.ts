import { defineConfig } from 'vite';

// `base: './'`: the built files use relative URLs, so `dist/` works from any path (`npm start` serves it
// at /examples/chatwoot/).
export default defineConfig({ base: './' });
