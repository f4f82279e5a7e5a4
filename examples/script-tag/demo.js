// Parley('open') works before the widget bundle has loaded: the loader queues it.
document.getElementById('open-help').addEventListener('click', () => window.Parley('open'));
