// The optional map of the posting form (Leaflet, tiles from the configured server). A click
// puts the point into the latitude and longitude fields, which work without the map too.
(function () {
  'use strict';
  var element = document.getElementById('post-map');
  var lat = document.getElementById('latitude');
  var lon = document.getElementById('longitude');
  if (!element || !lat || !lon || !window.L) {
    return;
  }
  element.hidden = false;
  // Kitakyushu's city hall, and a zoom that shows the whole city.
  var map = L.map(element).setView([33.883, 130.875], 11);
  L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.attribution, maxZoom: 18 }).addTo(map);
  var marker = null;
  function place(latlng) {
    if (marker) {
      marker.setLatLng(latlng);
    } else {
      marker = L.marker(latlng).addTo(map);
    }
  }
  if (lat.value && lon.value && !isNaN(parseFloat(lat.value)) && !isNaN(parseFloat(lon.value))) {
    place([parseFloat(lat.value), parseFloat(lon.value)]);
  }
  map.on('click', function (event) {
    place(event.latlng);
    lat.value = event.latlng.lat.toFixed(6);
    lon.value = event.latlng.lng.toFixed(6);
  });
})();
