import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import { setUpWeChat } from './wechat'
// The function-style components (Toast, Dialog, Notify) need their styles imported by hand.
import 'vant/es/toast/style'
import 'vant/es/dialog/style'
import './style.css'

createApp(App).use(router).mount('#app')
void setUpWeChat()
