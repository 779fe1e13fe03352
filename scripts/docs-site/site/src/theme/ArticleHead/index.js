// The component every page of the fixture site opens with, as the real
// site's pages open with theirs: the generated pages import it by a path
// relative to their own file. It shows its properties as text, so that the
// site check can see that hostile values stay text.
import React from 'react';

export function ArticleHead(properties) {
  return (
    <p className="article-head">
      {Object.entries(properties)
        .map(([name, value]) => `${name}: ${value}`)
        .join('; ')}
    </p>
  );
}
