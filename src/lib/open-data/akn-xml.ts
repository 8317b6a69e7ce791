import type { Corpus, CorpusDocument } from '../corpus.ts';
import { instrumentUrl } from '../urls.ts';
import { documentIdentity, unitPlace, type AknIdentity } from './akn-iri.ts';
import { bodyElements, unitElement, workIds } from './akn-units.ts';
import { el, xmlDocument, type XmlElement } from './xml.ts';

/**
 * One Akoma Ntoso 3.0 file per document (AKN4UN modelling): FRBR identification, the preamble's
 * paragraphs as containers, the operative or numbered paragraphs as `paragraph`s with their sub-items
 * as `list`/`point`, an annex as an attachment, footnotes as `authorialNote`, instrument citations
 * as `ref`, and the drafting lineage as `activeRef` (the earlier text this one reworks) and
 * `passiveRef` (the later texts that rework it). Built from corpus.json alone.
 */

const NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** The publisher of the markup (the FRBR manifestation's author); the texts' authors are their issuing bodies. */
const PUBLISHER = { eId: 'publisher', href: '/akn/ontology/organization/un/trafficking-texts', showAs: 'Trafficking Texts' };

const ANNEX_ATTACHMENT = 'att_1';

function frbr(identity: AknIdentity, doc: CorpusDocument): XmlElement {
  return el('identification', { source: `#${PUBLISHER.eId}` }, [
    el('FRBRWork', {}, [
      el('FRBRthis', { value: identity.workThis }),
      el('FRBRuri', { value: identity.work }),
      doc.symbol ? el('FRBRalias', { value: doc.symbol, name: 'symbol' }) : null,
      el('FRBRalias', { value: doc.citeAs, name: 'citeAs' }),
      el('FRBRdate', { date: identity.date, name: identity.dateName }),
      el('FRBRauthor', { href: `#${identity.actor}` }),
      el('FRBRcountry', { value: 'un' }),
      el('FRBRsubtype', { value: identity.subtype }),
      el('FRBRnumber', { value: identity.number }),
      el('FRBRname', { value: identity.name }),
    ]),
    el('FRBRExpression', {}, [
      el('FRBRthis', { value: identity.expressionThis }),
      el('FRBRuri', { value: identity.expression }),
      el('FRBRdate', { date: identity.date, name: identity.dateName }),
      el('FRBRauthor', { href: `#${identity.actor}` }),
      el('FRBRlanguage', { language: 'eng' }),
    ]),
    el('FRBRManifestation', {}, [
      el('FRBRthis', { value: identity.manifestationThis }),
      el('FRBRuri', { value: identity.manifestation }),
      // The markup is derived from the source text, whose date is the text's own: a build date would make builds differ.
      el('FRBRdate', { date: identity.date, name: 'transformation' }),
      el('FRBRauthor', { href: `#${PUBLISHER.eId}` }),
    ]),
  ]);
}

function references(identity: AknIdentity, doc: CorpusDocument, corpus: Corpus): XmlElement {
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  const earlier = doc.laterVersionOf ? byId.get(doc.laterVersionOf) : undefined;
  const later = corpus.documents.filter((d) => d.laterVersionOf === doc.id);
  const cited = [...new Set(doc.units.flatMap((u) => u.references.map((r) => r.instrument)))].sort();
  return el('references', { source: `#${PUBLISHER.eId}` }, [
    el('original', { eId: 'original', href: identity.expressionThis, showAs: doc.title }),
    earlier
      ? el('activeRef', { eId: `earlierVersion_${earlier.id}`, href: documentIdentity(earlier, corpus.documents).workThis, showAs: earlier.title })
      : null,
    ...later.map((d) => el('passiveRef', { eId: `laterVersion_${d.id}`, href: documentIdentity(d, corpus.documents).workThis, showAs: d.title })),
    el('TLCOrganization', { eId: identity.actor, href: `/akn/ontology/organization/un/${identity.actor}`, showAs: doc.authority }),
    el('TLCOrganization', PUBLISHER),
    ...cited.map((id) => {
      const instrument = corpus.instruments.find((i) => i.id === id);
      return el('TLCReference', { eId: `instrument_${id}`, name: 'instrument', href: instrumentUrl(id), showAs: instrument?.title ?? id });
    }),
  ]);
}

function chapeau(doc: CorpusDocument): XmlElement | null {
  const lines = doc.matter.filter((m) => m.role === 'chapeau' && m.after === null);
  return lines.length > 0 ? el('formula', { name: 'enactingFormula' }, lines.map((m) => el('p', {}, [m.text]))) : null;
}

function preface(doc: CorpusDocument, identity: AknIdentity): XmlElement {
  return el('preface', {}, [
    el('p', { class: 'title' }, [el('docTitle', {}, [doc.title])]),
    doc.symbol ? el('p', {}, [el('docNumber', {}, [doc.symbol])]) : null,
    doc.date ? el('p', {}, [el('docDate', { date: identity.date }, [doc.date])]) : null,
    el('p', {}, [el('docAuthority', {}, [doc.authority])]),
  ]);
}

/** The AKN XML of one document of the corpus. */
export function aknXml(doc: CorpusDocument, corpus: Corpus): string {
  const identity = documentIdentity(doc, corpus.documents);
  const preambular = doc.units.filter((u) => unitPlace(u.part) === 'preamble');
  const annex = doc.units.filter((u) => unitPlace(u.part) === 'annex');
  const body = doc.units.filter((u) => unitPlace(u.part) !== 'preamble' && unitPlace(u.part) !== 'annex');
  const formula = chapeau(doc);
  const wIds = workIds(doc, corpus);
  const meta = el('meta', {}, [frbr(identity, doc), references(identity, doc, corpus)]);
  const annexDoc =
    annex.length > 0
      ? el('attachments', {}, [
          el('attachment', { eId: ANNEX_ATTACHMENT }, [
            el('doc', { name: 'annex' }, [
              el('meta', {}, [frbr({ ...identity, workThis: `${identity.work}/!annex`, expressionThis: `${identity.expression}/!annex`, manifestationThis: `${identity.expression}/!annex.xml` }, doc)]),
              // eIds are unique across the whole file, attachments included: the annex's carry its prefix.
              el('mainBody', {}, bodyElements(annex, wIds, `${ANNEX_ATTACHMENT}__`)),
            ]),
          ]),
        ])
      : null;
  const root = el(identity.type, { name: identity.name, contains: 'originalVersion' }, [
    meta,
    preface(doc, identity),
    preambular.length > 0 || formula ? el('preamble', {}, [formula, ...preambular.map((u) => unitElement(u, '', wIds.get(u.id)))]) : null,
    el('mainBody', {}, body.length > 0 ? bodyElements(body, wIds) : [el('p', {}, [doc.title])]),
    annexDoc,
  ]);
  return xmlDocument(el('akomaNtoso', { xmlns: NAMESPACE }, [root]));
}
