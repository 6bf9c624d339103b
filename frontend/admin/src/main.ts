import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import './style.css'
// Element Plus's base variables; each component brings its own CSS (unplugin-vue-components).
import 'element-plus/theme-chalk/base.css'

createApp(App).use(router).mount('#app')
