//! Several SVG pages as one PDF. Each page is converted on its own (`svg2pdf`, text kept as
//! text in the page's content, so it can be searched and copied), then the pages are joined
//! with `lopdf`: the later documents' objects renumbered after the first's and their pages
//! hung under the first document's page tree.

use lopdf::{Document, Object, ObjectId};

use super::ExportError;
use super::raster::pdf_from_svg;

fn failed(err: &lopdf::Error) -> ExportError {
    ExportError::Pdf(err.to_string())
}

/// The id an entry of `dict` refers to.
fn reference(dict: &lopdf::Dictionary, key: &[u8]) -> Result<ObjectId, ExportError> {
    dict.get(key)
        .and_then(Object::as_reference)
        .map_err(|e| failed(&e))
}

/// The pages, in order, as one PDF document.
pub fn pdf_from_pages(pages: &[String]) -> Result<Vec<u8>, ExportError> {
    let mut documents = Vec::with_capacity(pages.len());
    for svg in pages {
        let bytes = pdf_from_svg(svg)?;
        documents.push(Document::load_mem(&bytes).map_err(|e| failed(&e))?);
    }
    let mut rest = documents.into_iter();
    let Some(mut merged) = rest.next() else {
        return Err(ExportError::Pdf("no page to write".into()));
    };
    let tree = reference(merged.catalog().map_err(|e| failed(&e))?, b"Pages")?;
    let mut kids: Vec<Object> = merged
        .get_pages()
        .values()
        .map(|&id| Object::Reference(id))
        .collect();
    for mut document in rest {
        document.renumber_objects_with(merged.max_id + 1);
        merged.max_id = document.max_id;
        let catalog_id = reference(&document.trailer, b"Root")?;
        let their_tree = reference(document.catalog().map_err(|e| failed(&e))?, b"Pages")?;
        let info = reference(&document.trailer, b"Info").ok();
        let their_pages: Vec<ObjectId> = document.get_pages().values().copied().collect();
        for (id, object) in document.objects {
            if id != catalog_id && id != their_tree && Some(id) != info {
                merged.objects.insert(id, object);
            }
        }
        for page in their_pages {
            merged
                .get_dictionary_mut(page)
                .map_err(|e| failed(&e))?
                .set("Parent", Object::Reference(tree));
            kids.push(Object::Reference(page));
        }
    }
    let count = i64::try_from(kids.len()).unwrap_or(i64::MAX);
    let tree = merged.get_dictionary_mut(tree).map_err(|e| failed(&e))?;
    tree.set("Kids", Object::Array(kids));
    tree.set("Count", Object::Integer(count));
    let mut out = Vec::new();
    merged
        .save_to(&mut out)
        .map_err(|e| ExportError::Pdf(e.to_string()))?;
    Ok(out)
}
