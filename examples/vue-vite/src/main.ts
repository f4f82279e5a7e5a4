// src/main.ts
import { createParley } from '@parley/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { parley } from './parley';

createApp(App).use(createParley(parley)).mount('#app');
