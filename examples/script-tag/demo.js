// Parley('open') works from the very first click: the snippet's queue keeps the command, and the loader loads
// the widget at once, which opens the panel when it is there.
document.getElementById('open-help').addEventListener('click', () => window.Parley('open'));
