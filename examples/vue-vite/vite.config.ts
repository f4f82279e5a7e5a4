import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `base: './'`: the built files use relative URLs, so `dist/` works from any path (`npm start` serves it
// at /examples/vue-vite/).
export default defineConfig({ base: './', plugins: [vue()] });
