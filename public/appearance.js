(function (root, chosen, color) {
  try {
    chosen = JSON.parse(localStorage.getItem('appearance')) || {}
    color = { light: '#0b4f8a', dark: '#1b3550', sepia: '#5a3a1c', black: '#000000' }[chosen.theme]
    if (/^(small|normal|large|larger|x-large|xx-large)$/.test(chosen.textSize)) root.dataset.textSize = chosen.textSize
    if (/^(normal|relaxed|loose)$/.test(chosen.lineSpacing)) root.dataset.lineSpacing = chosen.lineSpacing
    if (typeof color == 'string') {
      root.dataset.theme = chosen.theme
      document.querySelectorAll('meta[name=theme-color]').forEach(function (meta) {
        meta.content = color
      })
    }
  } catch {}
})(document.documentElement)
