// Vue's self-contained browser build has the same API as the `vue` package, whose types describe it.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
