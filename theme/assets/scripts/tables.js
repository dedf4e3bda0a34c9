// Linkable tables: sorts and filters a plain HTML table, and keeps the choices in the page's address,
// so that a link such as ?kind=cause-of-concern&status=open reproduces the same rows; on one page of a
// longer list, its sort buttons open the search page sorted across every row. Without this script the
// table is complete and in its natural order; the filters stay hidden.

const collator = new Intl.Collator("en-GB", { numeric: true, sensitivity: "base" });

for (const container of document.querySelectorAll("[data-linkable-table]")) {
  enhance(container);
}
for (const container of document.querySelectorAll("[data-search-sorts]")) {
  enhancePaged(container);
}

/**
 * One page of a longer list: sorting its hundred rows would mislead, so its sort buttons open the search page sorted
 * across every row of the list, with the filters chosen in the list's form: /search/?sort=due&status=Open. The sort
 * is then in the address, as on a list of one page, and the reader can turn it round there.
 */
function enhancePaged(container) {
  const table = container.querySelector("table");
  const form = container.querySelector("form");
  if (!table || !form || !table.tHead) return;
  const keys = new Map(container.dataset.searchSorts.split(" ").map((pair) => pair.split(":")));
  // The buttons are named by their columns, as on a list of one page, and say where they lead as their description.
  const hint = document.createElement("span");
  hint.id = `sort-hint-${document.querySelectorAll("[data-sort-hint]").length + 1}`;
  hint.dataset.sortHint = "";
  hint.hidden = true;
  hint.textContent = `Sorts all the ${container.dataset.noun || "rows"} on the search page`;
  container.append(hint);
  for (const header of table.tHead.rows[0].cells) {
    const key = keys.get(header.dataset.sortKey);
    if (!key) continue;
    const button = sortButton(header);
    button.setAttribute("aria-describedby", hint.id);
    header.setAttribute("aria-sort", "none");
    button.addEventListener("click", () => {
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (value) params.append(name, value);
      params.set("sort", key);
      location.assign(`${form.action}?${params}`);
    });
  }
}

/** Moves the header's words into a button with an arrow, which says which way the column is sorted. */
function sortButton(header) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "sort-button";
  button.append(...header.childNodes);
  const arrow = document.createElement("span");
  arrow.className = "sort-arrow";
  arrow.setAttribute("aria-hidden", "true");
  arrow.textContent = "↕";
  button.append(arrow);
  header.append(button);
  return button;
}

function enhance(container) {
  const table = container.querySelector("table");
  const form = container.querySelector("form[data-table-filters]");
  const count = container.querySelector("[data-table-count]");
  if (!table || !form || !count || !table.tHead || table.tBodies.length === 0) return;

  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const noun = container.dataset.noun || "rows";
  const controls = Array.from(form.elements).filter((control) => control.name);
  const headers = Array.from(table.tHead.rows[0].cells).filter((cell) => cell.dataset.sortKey);
  const state = { sort: null, descending: false };
  const labels = new Map(headers.map((header) => [header, header.textContent.trim()]));

  for (const header of headers) addSortButton(header);
  readAddress();
  form.hidden = false;
  apply(false);

  form.addEventListener("change", () => update());
  form.addEventListener("submit", (event) => event.preventDefault());
  form.querySelector("[data-table-reset]")?.addEventListener("click", () => {
    for (const control of controls) clear(control);
    state.sort = null;
    state.descending = false;
    update();
  });

  function addSortButton(header) {
    sortButton(header).addEventListener("click", () => {
      const key = header.dataset.sortKey;
      state.descending = state.sort === key ? !state.descending : false;
      state.sort = key;
      update();
    });
  }

  function update() {
    apply(true);
    writeAddress();
  }

  function apply(announce) {
    const sortHeader = headers.find((header) => header.dataset.sortKey === state.sort);
    const ordered = sortHeader ? sorted(sortHeader) : rows;
    body.append(...ordered);

    let shown = 0;
    for (const row of rows) {
      row.hidden = !controls.every((control) => matches(row, control));
      if (!row.hidden) shown++;
    }

    for (const header of headers) {
      const arrow = header.querySelector(".sort-arrow");
      if (header === sortHeader) {
        header.setAttribute("aria-sort", state.descending ? "descending" : "ascending");
        arrow.textContent = state.descending ? "▼" : "▲";
      } else {
        header.setAttribute("aria-sort", "none"); // MoJ's sortable table marks every sortable header
        arrow.textContent = "↕";
      }
    }

    let message = `Showing ${shown} of ${rows.length} ${noun}`;
    if (sortHeader) message += `, sorted by ${labels.get(sortHeader)} (${state.descending ? "descending" : "ascending"})`;
    // Written once at load without announcing it; later changes are announced by the live region.
    if (announce || count.textContent === "") count.textContent = message + ".";
  }

  /**
   * Rows in the chosen order; unknown values ("") always last, ties kept in the natural order. A column whose
   * header is marked data-sort-natural sorts in the page's own order, ascending, or its reverse.
   */
  function sorted(header) {
    const natural = header.hasAttribute("data-sort-natural");
    const keyed = rows.map((row, position) => ({ row, position, value: natural ? String(position) : sortValue(row.cells[header.cellIndex]) }));
    keyed.sort((a, b) => {
      if (a.value === "" || b.value === "") return (a.value === "") - (b.value === "") || a.position - b.position;
      const order = collator.compare(a.value, b.value);
      return (state.descending ? -order : order) || a.position - b.position;
    });
    return keyed.map((entry) => entry.row);
  }

  function sortValue(cell) {
    if (!cell) return "";
    return cell.hasAttribute("data-sort-value") ? cell.getAttribute("data-sort-value") : cell.textContent.trim();
  }

  function matches(row, control) {
    const wanted = control.value;
    if (wanted === "") return true;
    const value = row.getAttribute(`data-${control.name}`) || "";
    switch (control.dataset.match) {
      case "contains":
        return value.toLocaleLowerCase("en-GB").includes(wanted.toLocaleLowerCase("en-GB"));
      case "word":
        return value.split(" ").includes(wanted);
      default:
        return value === wanted;
    }
  }

  function readAddress() {
    const params = new URLSearchParams(location.search);
    for (const control of controls) {
      const value = params.get(control.name);
      if (value === null) continue;
      // A value the list does not offer (from an older link, say) is added, so the filter still shows it.
      if (control.tagName === "SELECT" && !Array.from(control.options).some((option) => option.value === value)) {
        control.add(new Option(value, value));
      }
      control.value = value;
    }
    const sort = params.get("sort");
    if (headers.some((header) => header.dataset.sortKey === sort)) {
      state.sort = sort;
      state.descending = params.get("order") === "desc";
    }
  }

  function writeAddress() {
    const params = new URLSearchParams(location.search);
    for (const control of controls) {
      const value = control.value;
      if (value) params.set(control.name, value);
      else params.delete(control.name);
    }
    if (state.sort) params.set("sort", state.sort);
    else params.delete("sort");
    if (state.sort && state.descending) params.set("order", "desc");
    else params.delete("order");
    const query = params.toString();
    history.replaceState(history.state, "", (query ? `?${query}` : location.pathname) + location.hash);
  }

  function clear(control) {
    control.value = "";
  }
}
