// The snippet's queue stub: calls made before the async loader has run are kept in order and
// replayed once the widget loads, so Parley('open') works from the very first click.
window.Parley =
  window.Parley ||
  function queueParleyCommand(...args) {
    window.Parley.q = window.Parley.q || [];
    window.Parley.q.push(args);
  };

document.getElementById('open-help').addEventListener('click', () => window.Parley('open'));
