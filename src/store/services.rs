//! The service directory in the store. One tree, two kinds of key:
//!
//! | key                          | value                       |
//! |------------------------------|-----------------------------|
//! | `s` + service id (u64 BE)    | the service (postcard)      |
//! | `o` + its Open Referral id   | the service id (u64 BE)     |
//!
//! Services describe organisations, not people: they are not sealed. The
//! second kind of key lets an import match what it brings by Open Referral
//! id, so importing the same file twice changes nothing and an updated file
//! updates in place.

use chrono::{DateTime, Utc};

use super::error::corrupt;
use super::{Store, StoreError, Writes, keys};
use crate::domain::audit::AuditAction;
use crate::domain::service::{self, Service, ServiceId};
use crate::domain::{Invalid, Permission};

pub(super) const TREE: &[u8] = b"services";
/// In `meta`: the next service id.
const NEXT_SERVICE: &[u8] = b"next-service";

fn service_key(id: ServiceId) -> Vec<u8> {
    [b"s".as_slice(), &id.0.to_be_bytes()].concat()
}

fn source_key(open_referral_id: &str) -> Vec<u8> {
    [b"o".as_slice(), open_referral_id.as_bytes()].concat()
}

fn encode(s: &Service) -> Result<Vec<u8>, StoreError> {
    postcard::to_stdvec(s).map_err(|e| corrupt("cannot encode a service", e))
}

fn decode(bytes: &[u8]) -> Result<Service, StoreError> {
    postcard::from_bytes(bytes).map_err(|e| corrupt("a service", e))
}

/// What an import did with one service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Upserted {
    Added(ServiceId),
    Updated(ServiceId),
    Unchanged(ServiceId),
}

/// Why a service was not saved.
#[derive(Debug)]
pub enum SaveServiceError {
    Invalid(Invalid),
    Store(StoreError),
}

impl From<StoreError> for SaveServiceError {
    fn from(e: StoreError) -> Self {
        SaveServiceError::Store(e)
    }
}

impl Store {
    fn next_service_id(&self) -> Result<u64, StoreError> {
        match self.meta.get(NEXT_SERVICE).map_err(|e| self.sled(e))? {
            Some(v) => keys::read_u64(&v)
                .ok_or_else(|| StoreError::Corrupt("the next service record is damaged".into())),
            None => Ok(1),
        }
    }

    /// One service.
    pub fn service(&self, id: ServiceId) -> Result<Option<Service>, StoreError> {
        match self
            .services
            .get(service_key(id))
            .map_err(|e| self.sled(e))?
        {
            Some(v) => decode(&v).map(Some),
            None => Ok(None),
        }
    }

    /// How many services the directory holds, inactive ones included.
    pub fn service_count(&self) -> usize {
        self.services.scan_prefix(b"s").count()
    }

    /// Every service, in id order, one at a time (a national directory
    /// need not fit in memory at once).
    pub fn for_each_service(
        &self,
        mut f: impl FnMut(Service) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        for item in self.services.scan_prefix(b"s") {
            let (_, v) = item.map_err(|e| self.sled(e))?;
            f(decode(&v)?)?;
        }
        Ok(())
    }

    /// Every service (for a directory of a centre's size).
    pub fn services(&self) -> Result<Vec<Service>, StoreError> {
        let mut out = Vec::new();
        self.for_each_service(|s| {
            out.push(s);
            Ok(())
        })?;
        Ok(out)
    }

    /// A coordinator adds (`id` 0) or changes a service by hand. It is
    /// cleaned first (control characters, lengths, a name required).
    pub fn save_service(
        &mut self,
        s: Service,
        now: DateTime<Utc>,
    ) -> Result<Service, SaveServiceError> {
        self.require(Permission::EditDirectory)?;
        let mut s = service::clean(s).map_err(SaveServiceError::Invalid)?;
        let mut w = Writes::default();
        if s.id.0 == 0 {
            let next = self.next_service_id()?;
            s.id = ServiceId(next);
            w.counter(NEXT_SERVICE, next + 1);
        } else if self.service(s.id)?.is_none() {
            return Err(StoreError::NotFound.into());
        }
        s.updated = now;
        if let Some(id) = s.open_referral_id() {
            w.services
                .push((source_key(id), s.id.0.to_be_bytes().to_vec()));
        }
        w.services.push((service_key(s.id), encode(&s)?));
        w.audit.push(AuditAction::ServiceSaved(s.id));
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(s)
    }

    /// Imported services (already cleaned), matched by their Open
    /// Referral id: new ones added, changed ones updated (keeping their id,
    /// their last verification if the import has none, and whether a
    /// coordinator deactivated them), the same ones left alone. One save
    /// for the whole batch: a service is never half imported.
    pub fn import_services(
        &mut self,
        batch: Vec<Service>,
        now: DateTime<Utc>,
    ) -> Result<Vec<Upserted>, StoreError> {
        self.require(Permission::EditDirectory)?;
        let mut next = self.next_service_id()?;
        let mut w = Writes::default();
        let mut done = Vec::with_capacity(batch.len());
        let (mut added, mut updated) = (0u32, 0u32);
        // Within a batch, a later copy of the same id wins over an earlier.
        let mut in_batch: std::collections::HashMap<String, usize> = Default::default();
        for mut s in batch {
            let Some(or_id) = s.open_referral_id().map(str::to_string) else {
                continue;
            };
            if let Some(&i) = in_batch.get(&or_id) {
                // The same id twice in one import: the later copy replaces
                // the earlier in the same save.
                let (Upserted::Added(id) | Upserted::Updated(id) | Upserted::Unchanged(id)) =
                    done[i];
                if let Upserted::Unchanged(_) = done[i] {
                    updated += 1;
                    done[i] = Upserted::Updated(id);
                    w.services
                        .push((source_key(&or_id), id.0.to_be_bytes().to_vec()));
                }
                s.id = id;
                s.updated = now;
                w.services.push((service_key(id), encode(&s)?));
                continue;
            }
            let existing = self
                .services
                .get(source_key(&or_id))
                .map_err(|e| self.sled(e))?
                .and_then(|v| keys::read_u64(&v))
                .map(ServiceId);
            let old = match existing {
                Some(id) => self.service(id)?,
                None => None,
            };
            let outcome = match old {
                Some(old) => {
                    s.id = old.id;
                    s.last_verified = s.last_verified.or(old.last_verified);
                    s.active = s.active && old.active;
                    if s.same_content(&old) {
                        Upserted::Unchanged(old.id)
                    } else {
                        updated += 1;
                        Upserted::Updated(old.id)
                    }
                }
                None => {
                    s.id = ServiceId(next);
                    next += 1;
                    added += 1;
                    Upserted::Added(s.id)
                }
            };
            if !matches!(outcome, Upserted::Unchanged(_)) {
                s.updated = now;
                w.services
                    .push((source_key(&or_id), s.id.0.to_be_bytes().to_vec()));
                w.services.push((service_key(s.id), encode(&s)?));
            }
            in_batch.insert(or_id, done.len());
            done.push(outcome);
        }
        if added + updated == 0 {
            return Ok(done);
        }
        w.counter(NEXT_SERVICE, next);
        w.audit
            .push(AuditAction::DirectoryImported { added, updated });
        w.at = Some(now);
        self.commit(w)?;
        self.persist()?;
        Ok(done)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use tempfile::TempDir;

    use super::*;
    use crate::domain::ServiceSource;

    fn store(dir: &TempDir) -> Store {
        crate::store::test_centre::new_centre(dir.path())
    }

    fn imported(or_id: &str, name: &str) -> Service {
        Service {
            source: ServiceSource::OpenReferral {
                id: or_id.into(),
                imported: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            },
            ..crate::store::test_centre::service(name)
        }
    }

    #[test]
    fn importing_twice_changes_nothing_and_an_update_keeps_the_id() {
        let tmp = TempDir::new().unwrap();
        let mut s = store(&tmp);
        let batch = vec![imported("a", "Advice"), imported("b", "Food bank")];
        let first = s.import_services(batch.clone(), Utc::now()).unwrap();
        assert!(matches!(
            first[..],
            [Upserted::Added(_), Upserted::Added(_)]
        ));
        let again = s.import_services(batch, Utc::now()).unwrap();
        assert!(matches!(
            again[..],
            [Upserted::Unchanged(_), Upserted::Unchanged(_)]
        ));
        assert_eq!(s.service_count(), 2);
        let changed = s
            .import_services(vec![imported("b", "Food bank (Tuesdays)")], Utc::now())
            .unwrap();
        let Upserted::Updated(id) = changed[0] else {
            panic!("{changed:?}")
        };
        assert_eq!(s.service(id).unwrap().unwrap().name, "Food bank (Tuesdays)");
        assert_eq!(s.service_count(), 2);
        // Duplicates within one batch: one service, the later copy.
        let dup = s
            .import_services(vec![imported("c", "One"), imported("c", "Two")], Utc::now())
            .unwrap();
        assert_eq!(dup.len(), 1);
        assert_eq!(s.service_count(), 3);
        let Upserted::Added(c) = dup[0] else {
            panic!("{dup:?}")
        };
        assert_eq!(s.service(c).unwrap().unwrap().name, "Two");
    }

    #[test]
    fn only_a_coordinator_edits_the_directory_and_names_are_required() {
        let tmp = TempDir::new().unwrap();
        let mut s = store(&tmp);
        let saved = s
            .save_service(
                Service {
                    source: ServiceSource::Typed,
                    ..imported("x", "Clinic")
                },
                Utc::now(),
            )
            .unwrap();
        assert_eq!(saved.id, ServiceId(1));
        assert!(matches!(
            s.save_service(imported("y", " "), Utc::now()),
            Err(SaveServiceError::Invalid(_))
        ));
        s.add_volunteer("Sam", crate::domain::Role::Volunteer, "sam's password")
            .unwrap();
        s.sign_out();
        s.sign_in(crate::domain::VolunteerId(2), "sam's password", Utc::now())
            .unwrap();
        assert!(matches!(
            s.save_service(saved.clone(), Utc::now()),
            Err(SaveServiceError::Store(StoreError::NotAllowed))
        ));
        assert!(matches!(
            s.import_services(vec![imported("z", "Z")], Utc::now()),
            Err(StoreError::NotAllowed)
        ));
        // Everyone reads it.
        assert_eq!(s.services().unwrap(), vec![saved]);
    }
}
