//! A volunteer's own way of reading the screen (their language, native
//! digits), kept per volunteer so it follows them from one sign-in to the
//! next. Not personal data of anyone who visits: stored in the clear, like
//! the volunteer list, so the sign-in screen can use it.

use super::error::corrupt;
use super::{Store, StoreError};
use crate::domain::{Preferences, VolunteerId};

fn key(id: VolunteerId) -> Vec<u8> {
    [b"preferences:".as_slice(), &id.0.to_be_bytes()].concat()
}

impl Store {
    /// `id`'s preferences; the defaults when they never chose (or the
    /// stored ones cannot be read: a preference is not worth refusing a
    /// sign-in for).
    pub fn preferences(&self, id: VolunteerId) -> Preferences {
        match self.meta.get(key(id)) {
            Ok(Some(bytes)) => postcard::from_bytes(&bytes).unwrap_or_default(),
            _ => Preferences::default(),
        }
    }

    /// Saves the signed-in volunteer's preferences, and their language as
    /// this computer's last choice (the sign-in screen's language).
    pub fn save_preferences(&mut self, p: &Preferences) -> Result<(), StoreError> {
        let id = self
            .session
            .as_ref()
            .ok_or(StoreError::NotSignedIn)?
            .volunteer
            .id;
        let bytes = postcard::to_stdvec(p).map_err(|e| corrupt("the preferences", e))?;
        self.meta.insert(key(id), bytes).map_err(|e| self.sled(e))?;
        match &p.locale {
            Some(tag) if *tag != self.settings.locale => self.remember_locale(tag),
            _ => self.numbered(),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::Preferences;
    use crate::store::test_centre;

    #[test]
    fn preferences_follow_the_volunteer_and_the_computer_remembers_the_language() {
        let tmp = tempfile::tempdir().unwrap();
        let mut s = test_centre::new_centre(tmp.path());
        let me = s.signed_in().unwrap().id;
        assert_eq!(s.preferences(me), Preferences::default());
        let mine = Preferences {
            locale: Some("ar".into()),
            native_digits: true,
        };
        s.save_preferences(&mine).unwrap();
        assert_eq!(s.preferences(me), mine);
        assert_eq!(s.settings().locale, "ar");
        drop(s);
        let s = crate::store::Store::open_with(tmp.path(), test_centre::options()).unwrap();
        assert_eq!(s.preferences(me), mine, "kept across a restart");
    }

    #[test]
    fn nobody_signed_in_saves_no_preferences() {
        let tmp = tempfile::tempdir().unwrap();
        let mut s = test_centre::new_centre(tmp.path());
        s.sign_out();
        assert!(s.save_preferences(&Preferences::default()).is_err());
    }
}
