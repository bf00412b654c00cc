-- The link visitor who placed an order through a link (the random id in their signed link
-- session). The order's page on the link is theirs alone; before, checkout wrote the order's id
-- into the session cookie, and a cookie written by a server action makes Next.js render the page
-- again into the action's answer. Orders placed before this keep being found through the ids in
-- their visitors' cookies.
ALTER TABLE "Order" ADD COLUMN "linkVisitorId" TEXT;
