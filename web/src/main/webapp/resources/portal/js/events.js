/* Events pages: a calendar opens as a list on a phone; the check-in search filters the list as one types. */
(function () {
    'use strict';

    function phoneSized() {
        return window.matchMedia && window.matchMedia('(max-width: 640px)').matches;
    }

    /**
     * The schedule's extender (p:schedule extender="portalEventsCalendar"): on a narrow screen a
     * month grid is unreadable, so the calendar opens as the list of the month.
     */
    window.portalEventsCalendar = function () {
        if (phoneSized()) {
            this.cfg.options.initialView = 'listMonth';
        }
    };

    function normalised(text) {
        return (text || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
            .replace(/đ/g, 'd').replace(/\s+/g, '');
    }

    function filterCheckIn(box) {
        var wanted = normalised(box.value);
        document.querySelectorAll('.checkin-person').forEach(function (row) {
            var text = normalised(row.getAttribute('data-search'));
            row.hidden = wanted.length > 0 && text.indexOf(wanted) < 0;
        });
    }

    document.addEventListener('input', function (event) {
        if (event.target && event.target.id === 'checkin-search') {
            filterCheckIn(event.target);
        }
    });
    document.addEventListener('DOMContentLoaded', function () {
        var box = document.getElementById('checkin-search');
        if (box && box.value) {
            filterCheckIn(box);
        }
    });
    // after an ajax update of the list, keep the filter that was typed
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            var box = document.getElementById('checkin-search');
            if (box) {
                filterCheckIn(box);
            }
        });
    }
})();
