import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'`: the built files use relative URLs, so `dist/` works from any path (`npm start` serves it
// at /examples/react-headless/).
export default defineConfig({ base: './', plugins: [react()] });
