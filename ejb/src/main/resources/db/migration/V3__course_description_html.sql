-- Course descriptions become sanitised HTML from the page's editor (see RichText). The plain
-- descriptions stored so far become paragraphs: '&' escaped, blank lines between paragraphs.
update course
set description = concat('<p>',
                         replace(replace(replace(description, '&', '&amp;'), '\r\n', '\n'), '\n\n', '</p><p>'),
                         '</p>')
where description is not null
  and description not like '<p>%';
