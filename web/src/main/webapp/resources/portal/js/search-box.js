/*
 * Suggestions for the search boxes of the open learning materials: while someone types (two
 * letters or more), the titles that match come from GET /api/materials/search/suggestions and fill
 * the box's <datalist>. Without JavaScript the box is a plain GET form and still works.
 */
(function () {
    function attach(input) {
        var list = document.getElementById(input.getAttribute('list'));
        var address = input.getAttribute('data-suggestions');
        var timer = null;
        var asked = '';
        input.addEventListener('input', function () {
            clearTimeout(timer);
            var typed = input.value.trim();
            if (typed.length < 2 || typed === asked) {
                return;
            }
            timer = setTimeout(function () {
                asked = typed;
                fetch(address + '?q=' + encodeURIComponent(typed), {headers: {'Accept': 'application/json'}})
                    .then(function (answer) { return answer.ok ? answer.json() : []; })
                    .then(function (suggestions) {
                        if (input.value.trim() !== typed) {
                            return;
                        }
                        list.textContent = '';
                        suggestions.forEach(function (suggestion) {
                            var option = document.createElement('option');
                            option.value = suggestion.title;
                            list.appendChild(option);
                        });
                    })
                    .catch(function () { /* no suggestions: the search still works */ });
            }, 150);
        });
    }
    document.querySelectorAll('input[data-suggestions]').forEach(attach);
})();
